<?php
// Calls the generated class the way code written for Symfony's Response
// constants does, printing one result a line, then "--" and every code's
// number, phrase and description, each followed by a NUL byte, for
// php_test.go to compare.

declare(strict_types=1);

require __DIR__ . '/HttpStatus.php';

use Acme\Http\HttpStatus;

echo HttpStatus::HTTP_NOT_FOUND, "\n";
echo HttpStatus::reasonPhrase(404), "\n";
echo var_export(HttpStatus::reasonPhrase(499), true), "\n";
echo HttpStatus::STATUS_TEXTS[HttpStatus::HTTP_TOO_MANY_REQUESTS], "\n";
echo HttpStatus::HTTP_VERSION_NOT_SUPPORTED, ' ', HttpStatus::HTTP_PERMANENTLY_REDIRECT, ' ', HttpStatus::HTTP_I_AM_A_TEAPOT, "\n";
echo HttpStatus::HTTP_REQUEST_ENTITY_TOO_LARGE, ' ', HttpStatus::HTTP_UNPROCESSABLE_ENTITY, "\n";
echo json_encode([
    HttpStatus::isInformational(100), HttpStatus::isSuccessful(200), HttpStatus::isRedirection(302),
    HttpStatus::isClientError(429), HttpStatus::isServerError(502),
]), "\n";
echo json_encode(HttpStatus::isRetryable(503)), "\n";
echo json_encode(HttpStatus::headerFields(503)), "\n";
echo json_encode(HttpStatus::isContentAllowed(204)), "\n";
echo json_encode(HttpStatus::isCacheable(404)), "\n";
echo HttpStatus::redirectKind(308), "\n";
echo HttpStatus::fromReasonPhrase('Request Entity Too Large'), "\n";
echo var_export(HttpStatus::fromReasonPhrase('No Such Phrase'), true), "\n";
echo HttpStatus::lifecycle(510), "\n";
echo "--\n";
foreach (HttpStatus::STATUS_TEXTS as $code => $phrase) {
    echo $code, "\0", $phrase, "\0", HttpStatus::description($code), "\0";
}
