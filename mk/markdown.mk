## test-markdown: placeholder until the markdown target lands.
test-markdown:
	@echo 'test-markdown: not implemented yet'
