using System.Text.Json;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Jobs;
using DiplomacyPortal.Data.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace DiplomacyPortal.Web.Operations;

/// <summary>Running the portal as a service: the store marked in use, scheduled backups, health and metrics (docs/running.md).</summary>
public static class OperationsSetup
{
    public static IServiceCollection AddPortalOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<BackgroundJobs>();
        services.AddOptions<BackupOptions>().BindConfiguration("Backup")
            .Validate(o => o.Every is null || o.Every >= BackupOptions.Shortest, $"Backup:Every must be at least {BackupOptions.Shortest} (a backup copies the whole store), or empty for no scheduled backups.")
            .Validate(o => o.Keep >= 1, "Backup:Keep must be 1 or more: the newest backup is always kept.")
            .ValidateOnStart();
        services.AddSingleton<ScheduledBackups>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledBackups>());
        services.AddHealthChecks().AddCheck<BackgroundJobsHealthCheck>("background jobs");
        services.AddHostedService<NativeHeapTrimming>();

        services.AddOptions<MetricsOptions>().BindConfiguration("Metrics")
            .Validate(o => o.FirstInvalidEntry() is null, "Metrics:AllowFrom holds an entry that is neither an IP address nor a CIDR range such as 10.0.0.0/8.")
            .ValidateOnStart();
        services.AddSingleton<PortalMetrics>();
        if (configuration.GetValue<bool>("Metrics:Enabled"))
        {
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(PortalMetrics.MeterName, IngestionMetrics.MeterName)
                .AddPrometheusExporter());
        }

        return services;
    }

    /// <summary>
    /// Marks the store in use for as long as the portal runs, so that a restore is refused meanwhile; before the
    /// store is opened, so that a portal started during a restore stops with a clear reason.
    /// </summary>
    public static void HoldStore(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (StoreLock.TakeShared(app.Services.GetRequiredService<StoreSettings>()) is { } inUse)
        {
            app.Lifetime.ApplicationStopped.Register(inUse.Dispose);
        }
    }

    /// <summary>/healthz (a JSON report per check; 200 while healthy or degraded) and, when enabled, /metrics for the networks allowed.</summary>
    public static WebApplication UsePortalOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        var metrics = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (metrics.Enabled)
        {
            // Anyone else is answered as if there were no such page.
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
                context.Request.Path == "/metrics" && metrics.Allows(context.Connection.RemoteIpAddress));
        }

        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}
