using DiplomacyPortal.Data.Ingestion;

namespace DiplomacyPortal.Web.Middleware;

/// <summary>
/// Refuses an upload whose declared size is over the limit before a byte of it is read, with 413 and the
/// status page that explains the limits; reading it first would only fail later with a less helpful error.
/// An upload that declares no size (sent in chunks) is read up to the limit and answered 413 there too.
/// </summary>
public static class UploadRequestGuard
{
    /// <summary>The multipart form around the files: field names, boundaries, the antiforgery token.</summary>
    public const long FormOverheadBytes = 1024 * 1024;

    /// <summary>The largest upload request: the files' limit and the form around them.</summary>
    public const long MaxRequestBytes = UploadLimits.DefaultMaxRequestBytes + FormOverheadBytes;

    public static IApplicationBuilder UseUploadRequestGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsUpload(context) && context.Request.ContentLength > MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (IsUpload(context) && context.Request.ContentLength is null && !await FitsAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await next();
    });

    private static bool IsUpload(HttpContext context) => HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/upload");

    /// <summary>
    /// Reads a body sent in chunks into a buffer (memory, then a temporary file) no further than the limit, so that
    /// it is measured before the form is read; the form then reads the buffer.
    /// </summary>
    private static async Task<bool> FitsAsync(HttpContext context)
    {
        context.Request.EnableBuffering(bufferThreshold: (int)FormOverheadBytes, bufferLimit: MaxRequestBytes);
        var buffer = new byte[81920];
        try
        {
            while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted) > 0)
            {
            }
        }
        catch (IOException)
        {
            return false; // the buffer's limit: more than an upload may hold
        }

        context.Request.Body.Position = 0;
        return true;
    }
}
