using DiplomacyPortal.Data.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>The fetcher's HTTP client: redirects by hand, the network guard, and a resilience pipeline per host.</summary>
public static class FetchingServices
{
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration, Action<FetchOptions>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddOptions<FetchOptions>().Bind(configuration.GetSection("Fetching"));
        if (overrides is not null)
        {
            builder.PostConfigure(overrides);
        }

        services.TryAddTimeProvider();

        // One fetcher for the process: it keeps each host's robots.txt and the time of its last request.
        services.AddSingleton<PoliteFetcher>();
        services.AddSingleton<WebImporter>();
        services.AddHttpClient(PoliteFetcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                ConnectCallback = NetworkGuard.Connect(provider.GetRequiredService<IOptions<FetchOptions>>().Value.AllowPrivateAddresses),
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) =>
            {
                var fetch = provider.GetRequiredService<IOptions<FetchOptions>>().Value;
                resilience.Retry.Delay = TimeSpan.FromSeconds(fetch.RetryDelaySeconds);
                resilience.Retry.MaxRetryAttempts = 3;
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(fetch.AttemptTimeoutSeconds);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(fetch.AttemptTimeoutSeconds * 4 + fetch.RetryDelaySeconds * 8);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(fetch.AttemptTimeoutSeconds * 2, 30));
            })
            .SelectPipelineByAuthority();
        return services;
    }

    /// <summary>
    /// The fetcher and the poller of the web sources kept in the store, which runs by itself unless Ingestion:Enabled is
    /// false (a fresh store's only source is paused, so nothing is fetched until an operator turns one on).
    /// </summary>
    public static IServiceCollection AddWebSources(this IServiceCollection services, IConfiguration configuration, Action<FetchOptions>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddFetching(configuration, overrides);
        services.TryAddSingleton<BackgroundJobs>();
        services.TryAddSingleton<ServiceLeases>();
        services.TryAddSingleton<WebSourcePoller>();
        services.TryAddSingleton<WebSourceCatalog>();
        if (configuration.GetValue("Ingestion:Enabled", true))
        {
            services.AddHostedService(provider => provider.GetRequiredService<WebSourcePoller>());
        }

        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services) =>
        services.TryAddSingleton(TimeProvider.System);
}
