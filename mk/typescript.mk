## test-typescript: placeholder until the typescript target lands.
test-typescript:
	@echo 'test-typescript: not implemented yet'
