// Calls the generated module the way code written for the http crate's
// StatusCode does, printing one result a line, then "--" and every code's
// number, phrase and description, each followed by a NUL byte (no spec
// string can hold one), for rust_test.go to compare.
#[path = "status.rs"]
mod status;

use status::{RedirectKind, StatusCode};

fn main() {
    println!("{}", StatusCode::NOT_FOUND.as_u16());
    println!("{:?}", StatusCode::NOT_FOUND.canonical_reason());
    println!("{}", StatusCode::NOT_FOUND);
    println!("{:?}", StatusCode::NOT_FOUND);
    println!("{}", StatusCode::NOT_FOUND.as_str());
    println!("{}", StatusCode::from_u16(404) == Ok(StatusCode::NOT_FOUND));
    println!("{:?}", StatusCode::from_u16(499).map(|s| s.canonical_reason()));
    println!("{}", StatusCode::from_u16(1000).is_err());
    println!("{:?}", StatusCode::from_bytes(b"503").map(|s| s.as_u16()));
    println!("{}", "429".parse::<StatusCode>().is_ok_and(|s| s == 429));
    println!("{}", StatusCode::default());
    println!("{}", u16::from(StatusCode::CREATED));
    println!(
        "{} {} {} {} {}",
        StatusCode::CONTINUE.is_informational(),
        StatusCode::OK.is_success(),
        StatusCode::FOUND.is_redirection(),
        StatusCode::TOO_MANY_REQUESTS.is_client_error(),
        StatusCode::BAD_GATEWAY.is_server_error()
    );
    println!("{}", StatusCode::SERVICE_UNAVAILABLE.is_retryable());
    println!("{:?}", StatusCode::SERVICE_UNAVAILABLE.header_fields());
    println!("{}", StatusCode::NO_CONTENT.is_content_allowed());
    println!("{}", StatusCode::NOT_FOUND.is_cacheable());
    println!("{}", StatusCode::PERMANENT_REDIRECT.redirect_kind() == Some(RedirectKind::KeepsMethod));
    println!("{:?}", StatusCode::from_phrase("Request Entity Too Large"));
    println!("{:?}", StatusCode::from_phrase("No Such Phrase"));
    println!("{:?}", StatusCode::from_u16(510).map(|s| s.lifecycle()));
    #[allow(deprecated)]
    let old = StatusCode::PAYLOAD_TOO_LARGE;
    println!("{}", old == StatusCode::CONTENT_TOO_LARGE);
    println!("--");
    for code in StatusCode::all() {
        print!(
            "{}\0{}\0{}\0",
            code.as_u16(),
            code.canonical_reason().unwrap_or_default(),
            code.description().unwrap_or_default()
        );
    }
}
