## test-python: placeholder until the python target lands.
test-python:
	@echo 'test-python: not implemented yet'
