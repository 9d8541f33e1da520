using System.Net;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Operations;

public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_are_not_served_unless_configured()
    {
        await using var portal = PortalFactory.With(seeded: false);
        await using var loopback = FromAddress(portal, IPAddress.Loopback);
        using var client = loopback.CreateClient();

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Enabled_metrics_report_requests_imports_the_page_cache_and_the_store_to_an_allowed_address()
    {
        await using var portal = PortalFactory.With(seeded: false, new Dictionary<string, string> { ["Metrics:Enabled"] = "true", ["Portal:PageCacheSeconds"] = "30" });
        await using var loopback = FromAddress(portal, IPAddress.Loopback);
        using var client = loopback.CreateClient();
        await client.GetStringAsync(new Uri("/", UriKind.Relative));
        await loopback.Services.GetRequiredService<ArticleIngestor>().ImportAsync(await File.ReadAllBytesAsync(Uploads.SeedPath("000")), "metrics.txt", "test");
        await client.GetStringAsync(new Uri("/articles", UriKind.Relative));
        await client.GetStringAsync(new Uri("/articles", UriKind.Relative));

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("http_server_request_duration_seconds_count{", metrics, StringComparison.Ordinal);
        Assert.Contains("http_response_status_code=\"200\",http_route=\"articles\"", metrics, StringComparison.Ordinal);
        Assert.Contains("portal_import_files_total{otel_scope_name=\"DiplomacyPortal.Ingestion\",outcome=\"imported\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("portal_import_duration_seconds_count", metrics, StringComparison.Ordinal);
        Assert.Contains("result=\"hit\"", metrics, StringComparison.Ordinal);
        Assert.Contains("result=\"miss\"", metrics, StringComparison.Ordinal);
        Assert.Contains("portal_store_size_bytes", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enabled_metrics_are_not_shown_to_an_address_outside_the_allowed_networks()
    {
        await using var portal = PortalFactory.With(seeded: false, new Dictionary<string, string> { ["Metrics:Enabled"] = "true" });
        await using var outside = FromAddress(portal, IPAddress.Parse("203.0.113.9"));
        using var client = outside.CreateClient();

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("portal_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_network_listed_in_the_configuration_may_read_the_metrics()
    {
        await using var portal = PortalFactory.With(seeded: false, new Dictionary<string, string> { ["Metrics:Enabled"] = "true", ["Metrics:AllowFrom:0"] = "10.0.0.0/8" });
        await using var prometheus = FromAddress(portal, IPAddress.Parse("10.1.2.3"));
        using var client = prometheus.CreateClient();

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("# TYPE", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_allowed_network_that_is_no_address_stops_the_portal_at_start_and_names_the_setting()
    {
        await using var portal = PortalFactory.With(seeded: false, new Dictionary<string, string> { ["Metrics:Enabled"] = "true", ["Metrics:AllowFrom:0"] = "office-network" });

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Metrics:AllowFrom", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The portal with every request arriving from <paramref name="address"/> (the test server gives none).</summary>
    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> FromAddress(PortalFactory portal, IPAddress address) =>
        portal.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddress(address))));

    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
