using DiplomacyPortal.Web.Startup;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace DiplomacyPortal.Web.Tests.Pages;

/// <summary>The request log says what happened: a client that left is not a server error, a slow answer stands out.</summary>
public sealed class RequestLogTests
{
    private static DefaultHttpContext Context(int status, bool clientLeft)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;
        if (clientLeft)
        {
            using var left = new CancellationTokenSource();
            left.Cancel();
            context.RequestAborted = left.Token;
        }

        return context;
    }

    [Fact]
    public void A_request_the_client_gave_up_on_is_information_even_when_it_ended_as_500() =>
        Assert.Equal(LogEventLevel.Information, PortalSetup.RequestLogLevel(Context(500, clientLeft: true), 12, new OperationCanceledException()));

    [Fact]
    public void A_server_error_is_an_error() =>
        Assert.Equal(LogEventLevel.Error, PortalSetup.RequestLogLevel(Context(500, clientLeft: false), 12, null));

    [Fact]
    public void An_answer_slower_than_a_second_is_a_warning() =>
        Assert.Equal(LogEventLevel.Warning, PortalSetup.RequestLogLevel(Context(200, clientLeft: false), 1500, null));

    [Fact]
    public void An_ordinary_answer_is_information() =>
        Assert.Equal(LogEventLevel.Information, PortalSetup.RequestLogLevel(Context(404, clientLeft: false), 12, null));
}
