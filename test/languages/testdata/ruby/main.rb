# frozen_string_literal: true

# Calls the generated module the way code written for Rack::Utils does,
# printing one result a line, then "--" and every code's number, phrase and
# description, each followed by a NUL byte, for ruby_test.go to compare.
# Last, it touches a deprecated constant and an obsolete symbol, whose
# warnings the test expects on standard error.

require_relative "http_status"

puts AcmeStatus::NOT_FOUND
puts AcmeStatus::HTTP_STATUS_CODES[404]
puts AcmeStatus::SYMBOL_TO_STATUS_CODE[:not_found]
puts AcmeStatus.status_code(:too_many_requests)
puts AcmeStatus.status_code("503")
puts AcmeStatus::STATUS_WITH_NO_ENTITY_BODY.key?(204)
puts AcmeStatus.reason_phrase(499).inspect
puts [
  AcmeStatus.informational?(100), AcmeStatus.success?(200), AcmeStatus.redirection?(302),
  AcmeStatus.client_error?(429), AcmeStatus.server_error?(502)
].inspect
puts AcmeStatus.retryable?(503)
puts AcmeStatus.header_fields(503).inspect
puts AcmeStatus.content_allowed?(204)
puts AcmeStatus.cacheable?(404)
puts AcmeStatus.redirect_kind(308).inspect
puts AcmeStatus.from_phrase("Request Entity Too Large")
puts AcmeStatus.from_phrase("No Such Phrase").inspect
puts AcmeStatus.lifecycle(510).inspect
begin
  AcmeStatus.status_code(:no_such_status)
rescue ArgumentError => e
  puts e.message
end
# Frozen only if the magic comment on line 2 of the module took effect.
puts AcmeStatus::HTTP_STATUS_CODES[404].frozen?
puts "--"
AcmeStatus::HTTP_STATUS_CODES.each do |code, phrase|
  $stdout.write("#{code}\0#{phrase}\0#{AcmeStatus.description(code)}\0")
end
$stdout.flush
_old = AcmeStatus::REQUEST_ENTITY_TOO_LARGE
AcmeStatus.status_code(:payload_too_large)
