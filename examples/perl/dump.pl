# Checks a few calls, then prints every code's number, phrase and
# description, each followed by a NUL byte (no spec string can hold one),
# for examples_test.go to compare with the spec.
use strict;
use warnings;
use FindBin;
use lib $FindBin::Bin;
use StatusTable;

die "NOT_FOUND\n" unless StatusTable::NOT_FOUND == 404;
die "phrase\n" unless StatusTable::phrase(404) eq 'Not Found';
die "alias\n" unless StatusTable::REQUEST_ENTITY_TOO_LARGE == StatusTable::CONTENT_TOO_LARGE;
die "retryable\n" unless $StatusTable::RETRYABLE{503};
die "unknown\n" if defined StatusTable::phrase(700);

binmode STDOUT;
for my $code (sort { $a <=> $b } keys %StatusTable::PHRASES) {
    print $code, "\0", $StatusTable::PHRASES{$code}, "\0", $StatusTable::DESCRIPTIONS{$code}, "\0";
}
