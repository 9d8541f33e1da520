namespace DiplomacyPortal.Bench;

/// <summary>
/// The web process's memory under the loads that grow it — every page and API route with the page cache missed,
/// and eight full CSV exports at once — and after it has been left idle; and the same under each garbage
/// collector setting a web server on a small machine might run with (--gc), to choose one (docs/decisions).
/// </summary>
internal static class MemoryBenchmark
{
    /// <summary>Settings given to the runtime through its environment, which overrides the build's runtimeconfig.</summary>
    private static readonly (string Name, Dictionary<string, string> Environment)[] Collectors =
    [
        ("as built (the portal's runtimeconfig)", new()),
        ("server GC with DATAS (ASP.NET Core's default)", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "1" }),
        ("server GC without DATAS", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "0" }),
        ("server GC with DATAS, ConserveMemory 5", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "1", ["DOTNET_GCConserveMemory"] = "5" }),
        ("workstation GC, concurrent", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "1" }),
        ("workstation GC, not concurrent", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "0" }),
    ];

    public sealed record Figures(Tools.Load Uncached, TimeSpan Exports, long ExportBytes, long PeakRss, long IdleRss);

    /// <summary>The cache-missed mix under wrk, then eight full exports at once, then 20 s idle.</summary>
    public static async Task<Figures> LoadAsync(WebProcess web, string work, int seconds)
    {
        var uncached = await Tools.WrkAsync(web.Address, seconds, Loads.WrkScript(work, missCache: true));
        var (bytes, elapsed) = await Loads.ExportsAsync(web.Client, 8);
        var peak = Tools.PeakRss(web.Id);
        await Task.Delay(TimeSpan.FromSeconds(20));
        return new Figures(uncached, elapsed, bytes, peak, Tools.Rss(web.Id));
    }

    public static Row Describe(string measure, Figures figures, string comparison) => new(
        measure,
        $"peak {Loads.Megabytes(figures.PeakRss)}, idle {Loads.Megabytes(figures.IdleRss)}",
        $"cache-missed mix: {Tools.Ms(figures.Uncached.MedianMs)} / {Tools.Ms(figures.Uncached.P99Ms)} ms, {Tools.Number(figures.Uncached.RequestsPerSecond)}/s{(figures.Uncached.Errors > 0 ? $" ({figures.Uncached.Errors} errors)" : string.Empty)}; 8 exports of {Loads.Megabytes(figures.ExportBytes)} MB at once: {figures.Exports.TotalSeconds:F1} s",
        comparison);

    /// <summary>Every collector setting in turn, each in a fresh portal process over the same store.</summary>
    public static async Task<IReadOnlyList<Row>> CompareCollectorsAsync(string repository, string database, string work, int seconds)
    {
        var rows = new List<Row>();
        foreach (var (name, environment) in Collectors)
        {
            Console.Error.WriteLine($"memory with {name}…");
            await using var web = await WebProcess.StartAsync(repository, database, environment);
            var figures = await LoadAsync(web, work, seconds);
            rows.Add(Describe($"web memory (RSS, MB), {name}", figures, "target: under 400 MB"));
        }

        return rows;
    }
}
