// Prints every code's number, phrase and description, each followed by a
// NUL byte (no spec string can hold one), for examples_test.go to compare
// with the spec.
#[path = "status.rs"]
mod status;

use status::StatusCode;
use std::io::Write;

fn main() {
    assert_eq!(StatusCode::NOT_FOUND.phrase(), Some("Not Found"));
    #[allow(deprecated)]
    let old = StatusCode::REQUEST_ENTITY_TOO_LARGE;
    assert_eq!(old, StatusCode::CONTENT_TOO_LARGE);
    assert!(StatusCode::SERVICE_UNAVAILABLE.is_retryable());
    assert!(!StatusCode::NO_CONTENT.content_allowed());
    assert_eq!(StatusCode(700).phrase(), None);

    let mut out = std::io::stdout().lock();
    for code in StatusCode::ALL {
        write!(out, "{}\0{}\0{}\0", code.0, code.phrase().unwrap(), code.description().unwrap()).unwrap();
    }
}
