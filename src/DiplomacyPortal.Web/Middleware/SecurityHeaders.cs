namespace DiplomacyPortal.Web.Middleware;

/// <summary>
/// Headers every response carries: scripts, styles and everything else only from this site (no inline
/// script), no framing, no MIME sniffing, and no full URLs leaking to other sites.
/// </summary>
public static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The API reference page (Swagger UI, a package's own page) styles itself inline; only it may.
    private const string ApiReferencePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // A downloaded chart (/charts/….svg) carries its colours in a <style> element so that it renders alone; nothing else.
    private const string ChartPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var path = context.Request.Path;
            headers.ContentSecurityPolicy = path.StartsWithSegments("/api/docs") ? ApiReferencePolicy
                : path.StartsWithSegments("/charts") && path.Value!.EndsWith(".svg", StringComparison.Ordinal) ? ChartPolicy
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
