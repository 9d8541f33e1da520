using DiplomacyPortal.Data.Ingestion;

namespace DiplomacyPortal.Web.Infrastructure;

/// <summary>
/// Refuses an upload whose declared size is over the limit before a byte of it is read, with 413 and the
/// status page that explains the limits; reading it first would only fail later with a less helpful error.
/// </summary>
public static class UploadRequestGuard
{
    /// <summary>The multipart form around the files: field names, boundaries, the antiforgery token.</summary>
    public const long FormOverheadBytes = 1024 * 1024;

    /// <summary>The largest upload request: the files' limit and the form around them.</summary>
    public const long MaxRequestBytes = UploadLimits.DefaultMaxRequestBytes + FormOverheadBytes;

    public static IApplicationBuilder UseUploadRequestGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/upload") && context.Request.ContentLength > MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await next();
    });
}
