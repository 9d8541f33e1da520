using DiplomacyPortal.Data.Fetching;
using DiplomacyPortal.Data.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Data.Tests.Support;

/// <summary>A portal's ingestion and fetching services on a test store, allowed to reach the tests' own site on 127.0.0.1, with short delays.</summary>
internal static class FetchingServicesForTests
{
    public static ServiceProvider Create(StoreSettings store) =>
        new ServiceCollection().AddLogging()
            .AddPortalStore(store).AddIngestion()
            .AddWebSources(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Ingestion:Enabled"] = "false" }).Build(), options =>
            {
                options.AllowPrivateAddresses = true;
                options.MinimumDelaySeconds = 0.05;
                options.RetryDelaySeconds = 0.05;
                options.AttemptTimeoutSeconds = 1;
            })
            .BuildServiceProvider();
}
