using Microsoft.AspNetCore.Mvc.Filters;

namespace DiplomacyPortal.Web.Middleware;

/// <summary>
/// Answers a request with a method the page has no handler for (a POST to a page that only shows, a PUT or a DELETE
/// anywhere) with 405 and the methods it takes in <c>Allow</c>. Razor Pages would otherwise render the page without
/// running any handler, and the view would fail on the model it never got.
/// </summary>
public sealed class UnsupportedMethodFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // The status page a 405 is re-executed to answers for the page that refused: its Allow stands.
        if (context.HandlerMethod is not null || HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method)
            || context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next();
            return;
        }

        // A page shows itself to GET without a handler of its own.
        var methods = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Append("GET").Append("HEAD").Distinct().ToList();

        context.HttpContext.Response.Headers.Allow = string.Join(", ", methods.Order(StringComparer.Ordinal));
        context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }
}
