package httpstatus_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/statusgen/statusgen/output/go/httpstatus"
)

// The constants have net/http's names and values, so they go wherever
// net/http's do; StatusText gives the registry's current phrase.
func Example() {
	rec := httptest.NewRecorder()
	rec.WriteHeader(httpstatus.StatusTooManyRequests)
	fmt.Println(rec.Code, httpstatus.StatusText(rec.Code))

	fmt.Println(httpstatus.StatusText(http.StatusRequestEntityTooLarge))
	// Output:
	// 429 Too Many Requests
	// Content Too Large
}

func ExampleStatusText() {
	fmt.Printf("%q\n", httpstatus.StatusText(404))
	fmt.Printf("%q\n", httpstatus.StatusText(418))
	fmt.Printf("%q\n", httpstatus.StatusText(499))
	// Output:
	// "Not Found"
	// "Unused"
	// ""
}

func ExampleCode() {
	c := httpstatus.Code(503)
	fmt.Println(c)
	fmt.Println(c.Name(), c.Class(), c.IsServerError())
	fmt.Println(c.Retryable(), c.Headers())
	// Output:
	// 503 Service Unavailable
	// StatusServiceUnavailable Server Error true
	// true [Retry-After]
}

func ExampleCode_Redirect() {
	for _, c := range []httpstatus.Code{301, 303, 307, 404} {
		fmt.Printf("%d %q keeps method: %v\n", c, c.Redirect(), c.RedirectKeepsMethod())
	}
	// Output:
	// 301 "may-change-method" keeps method: false
	// 303 "changes-to-get" keeps method: false
	// 307 "keeps-method" keeps method: true
	// 404 "" keeps method: false
}

func ExampleCode_ContentAllowed() {
	for _, c := range []httpstatus.Code{200, 204, 304} {
		fmt.Println(c, c.ContentAllowed())
	}
	// Output:
	// 200 OK true
	// 204 No Content false
	// 304 Not Modified false
}

func ExampleCode_Cacheable() {
	fmt.Println(httpstatus.Code(404).Cacheable(), httpstatus.Code(201).Cacheable())
	// Output: true false
}

func ExampleLookup() {
	c, ok := httpstatus.Lookup("NotFound")
	fmt.Println(int(c), ok)
	c, ok = httpstatus.Lookup("StatusRequestEntityTooLarge") // an older, deprecated name
	fmt.Println(c, ok)
	_, ok = httpstatus.Lookup("StatusNoSuchThing")
	fmt.Println(ok)
	// Output:
	// 404 true
	// 413 Content Too Large true
	// false
}

func ExampleForPhrase() {
	c, ok := httpstatus.ForPhrase("Payload Too Large") // an older phrase of 413
	fmt.Println(c, ok)
	c, ok = httpstatus.ForPhrase("I'm a teapot")
	fmt.Println(c, ok)
	// Output:
	// 413 Content Too Large true
	// 418 Unused true
}

func ExampleCodes() {
	for _, c := range httpstatus.Codes() {
		if c.RedirectKeepsMethod() {
			fmt.Println(c)
		}
	}
	// Output:
	// 307 Temporary Redirect
	// 308 Permanent Redirect
}
