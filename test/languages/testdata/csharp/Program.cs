// Calls the generated code the way code written for System.Net.HttpStatusCode
// and ASP.NET Core's StatusCodes and ReasonPhrases does, printing one result
// a line, then "--" and every code's number, phrase and description, each
// followed by a NUL byte, for csharp_test.go to compare.
using System;
using System.IO;
using System.Text;
using Acme.Http;

/// <summary>The test program.</summary>
public static class Program
{
    /// <summary>Runs the calls.</summary>
    public static void Main()
    {
        StreamWriter w = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        w.NewLine = "\n";
        w.WriteLine((int)HttpStatusCode.NotFound);
        w.WriteLine(HttpStatusCode.NotFound == (HttpStatusCode)404);
        w.WriteLine(StatusCodes.Status404NotFound);
        w.WriteLine(StatusCodes.Status200OK + " " + StatusCodes.Status226IMUsed + " " + StatusCodes.Status505HttpVersionNotSupported);
        w.WriteLine(ReasonPhrases.GetReasonPhrase(404));
        w.WriteLine(ReasonPhrases.GetReasonPhrase(499).Length);
        w.WriteLine(HttpStatusCode.NotFound.GetReasonPhrase());
        w.WriteLine(HttpStatusCode.Continue.IsInformational() + " " + HttpStatusCode.OK.IsSuccess()
            + " " + HttpStatusCode.Found.IsRedirection() + " " + HttpStatusCode.TooManyRequests.IsClientError()
            + " " + HttpStatusCode.BadGateway.IsServerError());
        w.WriteLine(HttpStatusCode.ServiceUnavailable.IsRetryable());
        w.WriteLine(string.Join(",", HttpStatusCode.ServiceUnavailable.GetHeaderFields()));
        w.WriteLine(HttpStatusCode.NoContent.IsContentAllowed());
        w.WriteLine(HttpStatusCode.NotFound.IsCacheable());
        w.WriteLine(HttpStatusCode.PermanentRedirect.GetRedirectKind());
        HttpStatusCode found;
        w.WriteLine(HttpStatusInfo.TryFromReasonPhrase("Request Entity Too Large", out found) + " " + (int)found);
        w.WriteLine(HttpStatusInfo.TryFromReasonPhrase("No Such Phrase", out found));
        w.WriteLine(HttpStatusInfo.Find(510).Lifecycle);
#pragma warning disable 618
        w.WriteLine(HttpStatusCode.Redirect == HttpStatusCode.Found);
        w.WriteLine(HttpStatusCode.RequestEntityTooLarge == HttpStatusCode.ContentTooLarge);
        w.WriteLine(StatusCodes.Status413PayloadTooLarge + " " + StatusCodes.Status414RequestUriTooLong);
#pragma warning restore 618
        w.WriteLine("--");
        foreach (HttpStatusInfo info in HttpStatusInfo.All)
        {
            w.Write(info.Code + "\0" + info.ReasonPhrase + "\0" + info.Description + "\0");
        }

        w.Flush();
    }
}
