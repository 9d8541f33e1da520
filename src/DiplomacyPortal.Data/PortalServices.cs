using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Editing;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Jobs;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyPortal.Data;

/// <summary>
/// The one composition of the store and the ingestion, used alike by the web app, the CLI and the tests, so that
/// each gets the same store settings and the same services.
/// </summary>
public static class PortalServices
{
    /// <summary>
    /// The store named by configuration: Database:Provider (Sqlite, the default, or Postgres) and
    /// ConnectionStrings:Portal, falling back to DIPLOMACYPORTAL_DB or data/portal.db for SQLite.
    /// </summary>
    public static IServiceCollection AddPortalStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddPortalStore(StoreSettings.FromConfiguration(configuration));
    }

    /// <summary>
    /// The store the settings name: its settings, and contexts from a factory (the context itself is also
    /// registered per scope, for Identity). Interceptors registered in DI (tests count queries with one) join the
    /// store's own.
    /// </summary>
    public static IServiceCollection AddPortalStore(this IServiceCollection services, StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(store);
        services.AddSingleton(store);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<PortalDbContext>((provider, options) => options
            .UsePortalDatabase(store)
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        return services;
    }

    /// <summary>
    /// The inbox watched by itself (section "Ingestion"; on unless Ingestion:Enabled is false), reporting to the
    /// background jobs' health. The folder is beside the store unless configured.
    /// </summary>
    public static IServiceCollection AddInbox(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection("Ingestion"))
            .Validate(o => o.SettleSeconds >= 0 && o.RescanSeconds >= 1, "Ingestion:SettleSeconds must be 0 or more and Ingestion:RescanSeconds 1 or more.")
            .ValidateOnStart();
        services.TryAddSingleton<BackgroundJobs>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<IngestionOptions>>().Value;
            var store = provider.GetRequiredService<StoreSettings>();
            return new Inbox(
                Path.Combine(StoreLocation.DataFolder(store), options.Inbox),
                TimeSpan.FromSeconds(options.SettleSeconds),
                provider.GetRequiredService<ArticleIngestor>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<Inbox>>());
        });
        if (configuration.GetValue("Ingestion:Enabled", true))
        {
            services.AddHostedService<InboxWatcher>();
        }

        return services;
    }

    /// <summary>The ways articles enter and change: the ingestor (imports, reparse), the editor's corrections, staged uploads.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.TryAddSingleton(ArticleFileReader.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<ArticleEditor>();
        services.AddSingleton<UploadStaging>();
        return services;
    }
}
