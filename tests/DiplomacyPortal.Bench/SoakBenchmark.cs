using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Bench;

/// <summary>
/// The portal under a working day's mix for a long time: wrk on pages and API routes (cached and cache-missed, in
/// turns), an editor uploading new articles through the upload page, the CLI importing batches into the same store,
/// files dropped into the portal's inbox (copies of stored articles under new names, so the counts stay checkable),
/// and full CSV exports. It reports what went wrong (non-2xx answers, socket errors, errors in the portal's log),
/// the web process's memory over time, and at the end SQLite's integrity check and whether every article reported
/// as imported is in the store.
/// </summary>
internal sealed partial class SoakBenchmark(string repository, string database, string cli, string work, string corpus, TimeSpan duration)
{
    private const string Editor = "soak-editor";
    private const string Password = "soak password 12345";
    private static readonly TimeSpan WarmUp = TimeSpan.FromMinutes(2);

    /// <summary>Seeds the soak's new articles apart from earlier runs' on the same store, so that they are new, not duplicates.</summary>
    private readonly int _seedBase = Random.Shared.Next(1, 20_000) * 100_000;

    private long _imported;
    private long _importFailures;
    private int _batch;

    public async Task<IReadOnlyList<Row>> RunAsync()
    {
        if (!Tools.Has("wrk"))
        {
            return [new("soak", "not run: install Debian's wrk")];
        }

        await CreateEditorAsync();
        var logs = Path.Combine(Path.GetDirectoryName(database)!, "logs");
        var logLinesBefore = LogLines(logs, "[ERR]", "[FTL]").Count;
        var slowLinesBefore = LogLines(logs, "[WRN] HTTP").Count;
        var articlesBefore = await CountArticlesAsync();

        await using var web = await WebProcess.StartAsync(repository, database, new Dictionary<string, string> { ["Metrics__Enabled"] = "true" });
        var started = Stopwatch.StartNew();
        var memory = new List<MemorySample>();
        using var stop = new CancellationTokenSource(duration);
        var cached = Loads.WrkScript(work, missCache: false);
        var uncached = Loads.WrkScript(work, missCache: true);

        var wrk = Task.Run(async () =>
        {
            var loads = new List<Tools.Load>();
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                var seconds = (int)Math.Clamp((duration - started.Elapsed).TotalSeconds, 1, 30);
                loads.Add(await Tools.WrkAsync(WebProcess.DefaultAddress, seconds, round % 2 == 0 ? cached : uncached));
            }

            return loads;
        });
        var uploads = Task.Run(() => UploadLoopAsync(stop.Token));
        var imports = Task.Run(() => ImportLoopAsync(stop.Token));
        var inbox = Path.Combine(Path.GetDirectoryName(database)!, "inbox");
        var dropped = Task.Run(() => InboxLoopAsync(inbox, stop.Token));
        var exports = Task.Run(async () =>
        {
            var count = 0;
            while (!stop.IsCancellationRequested)
            {
                await Loads.ExportsAsync(web.Client, 2);
                count += 2;
                await Delay(TimeSpan.FromSeconds(60), stop.Token);
            }

            return count;
        });
        while (!stop.IsCancellationRequested)
        {
            memory.Add(await MemorySample.TakeAsync(started.Elapsed, web.Id, web.Client));
            await Delay(TimeSpan.FromSeconds(15), stop.Token);
        }

        var loadsDone = await wrk;
        var (uploaded, uploadFailures) = await uploads;
        await imports;
        var exported = await exports;
        var droppedFiles = await dropped;

        // The last drop is given time to be taken before the portal stops.
        await Task.Delay(TimeSpan.FromSeconds(10));
        memory.Add(await MemorySample.TakeAsync(started.Elapsed, web.Id, web.Client));
        await web.DisposeAsync();

        var (whole, articlesAfter) = await CheckStoreAsync();
        var expected = articlesBefore + uploaded + _imported;
        var logErrors = LogLines(logs, "[ERR]", "[FTL]").Skip(logLinesBefore).ToList();
        var slowAnswers = LogLines(logs, "[WRN] HTTP").Skip(slowLinesBefore).ToList();
        var afterWarmUp = memory.Where(m => m.At >= WarmUp).Select(m => m.Rss).DefaultIfEmpty(memory[^1].Rss).ToList();
        var requests = loadsDone.Sum(l => l.Requests);
        return
        [
            new("soak: duration, requests under wrk (pages and API, cached and cache-missed in turns of 30 s)", $"{duration.TotalMinutes:F0} min, {requests:N0} requests, {requests / duration.TotalSeconds:F0}/s"),
            new("soak: non-2xx answers, socket errors", $"{loadsDone.Sum(l => l.Errors)}, {loadsDone.Sum(l => l.SocketErrors)}", string.Empty, "target: 0"),
            new("soak: errors in the portal's log", logErrors.Count.ToString(CultureInfo.InvariantCulture) + (logErrors.Count > 0 ? $" (first: {logErrors[0][..Math.Min(160, logErrors[0].Length)]})" : string.Empty), string.Empty, "target: 0"),
            new("soak: answers slower than 1 s in the portal's log", slowAnswers.Count.ToString(CultureInfo.InvariantCulture) + (slowAnswers.Count > 0 ? $" ({string.Join("; ", slowAnswers.Take(5).Select(l => l[(l.IndexOf("HTTP", StringComparison.Ordinal))..]))})" : string.Empty)),
            new("soak: uploads through the upload page, CLI imports, full CSV exports", $"{uploaded} articles uploaded ({uploadFailures} failed); {_imported} imported by {_batch} CLI runs ({_importFailures} failed); {exported} exports"),
            new("soak: files dropped into the inbox, moved to done/, to failed/, still waiting", $"{droppedFiles}, {Moved(inbox, "done")}, {Moved(inbox, "failed") / 2}, {Directory.GetFiles(inbox, "drop-*").Length}", string.Empty, "target: every file moved to done/"),
            new("soak: web process memory after warm-up (RSS, MB): first, lowest, highest, last", $"{Loads.Megabytes(afterWarmUp[0])}, {Loads.Megabytes(afterWarmUp.Min())}, {Loads.Megabytes(afterWarmUp.Max())}, {Loads.Megabytes(afterWarmUp[^1])}", string.Empty, "target: flat after warm-up, under 400 MB"),
            new("soak: memory every 15 s (MB): resident/anonymous/managed heap after the last collection/committed by the GC", MemorySample.Series(memory)),
            new("soak: store at the end", $"integrity check {(whole ? "ok" : "FAILED")}; {articlesAfter:N0} articles, {expected:N0} expected ({articlesBefore:N0} before + {uploaded} uploaded + {_imported} imported)", string.Empty, "target: ok, nothing lost"),
        ];
    }

    private async Task CreateEditorAsync()
    {
        var passwordFile = Path.Combine(work, "soak-password.txt");
        await File.WriteAllTextAsync(passwordFile, Password + "\n");
        var users = await Tools.RunAsync("dotnet", [cli, "users", "list", "--db", database]);
        if (!users.Output.Contains(Editor, StringComparison.Ordinal))
        {
            var add = await Tools.RunAsync("dotnet", [cli, "users", "add", Editor, "--role", "editor", "--db", database], standardInputFile: passwordFile);
            if (add.ExitCode != 0)
            {
                throw new InvalidOperationException("Could not create the soak's editor account.");
            }
        }
    }

    /// <summary>An editor signs in and uploads a new article every 10 seconds, through the preview and import forms.</summary>
    private async Task<(long Imported, int Failures)> UploadLoopAsync(CancellationToken stop)
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(WebProcess.DefaultAddress) };
        await PostFormAsync(client, "/account/sign-in", [new("UserName", Editor), new("Password", Password)]);
        long imported = 0;
        var failures = 0;
        for (var round = 0; !stop.IsCancellationRequested; round++)
        {
            try
            {
                var (name, content) = new SyntheticCorpus(_seedBase + round).Next(round);
                using var upload = new MultipartFormDataContent { { new StringContent(await TokenAsync(client, "/upload")), "__RequestVerificationToken" }, { new ByteArrayContent(content), "files", name } };
                using var preview = await client.PostAsync(new Uri("/upload?handler=Preview", UriKind.Relative), upload, CancellationToken.None);
                var page = await preview.Content.ReadAsStringAsync(CancellationToken.None);
                var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Token(page)), new("batch", Field(page, "batch")) };
                fields.AddRange(KeepValues().Matches(page).Select(m => KeyValuePair.Create("keep", m.Groups[1].Value)));
                using var result = await client.PostAsync(new Uri("/upload?handler=Import", UriKind.Relative), new FormUrlEncodedContent(fields), CancellationToken.None);
                imported += Regex.Count(await result.Content.ReadAsStringAsync(CancellationToken.None), "class=\"result-imported\"");
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
            {
                failures++;
            }

            await Delay(TimeSpan.FromSeconds(10), stop);
        }

        return (imported, failures);
    }

    /// <summary>Every minute the CLI imports 100 new articles into the store the portal serves.</summary>
    private async Task ImportLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var folder = Path.Combine(work, "soak-import");
            SyntheticCorpus.Write(folder, 100, _seedBase + 50_000 + _batch);
            var run = await Tools.RunAsync("dotnet", [cli, "import", "--db", database, folder]);
            var summary = ImportSummary().Match(run.Output);
            if (run.ExitCode > 1 || !summary.Success)
            {
                _importFailures++;
            }
            else
            {
                _imported += long.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            _batch++;
            await Delay(TimeSpan.FromSeconds(60), stop);
        }
    }

    /// <summary>Every 20 seconds, 20 files of the imported corpus dropped into the inbox under new names, written then renamed.</summary>
    private async Task<int> InboxLoopAsync(string inbox, CancellationToken stop)
    {
        Directory.CreateDirectory(inbox);
        var stored = Directory.GetFiles(corpus).Take(2_000).ToArray();
        var dropped = 0;
        while (!stop.IsCancellationRequested && stored.Length > 0)
        {
            for (var i = 0; i < 20; i++)
            {
                var source = stored[dropped % stored.Length];
                var partial = Path.Combine(inbox, $"drop-{dropped}{Path.GetExtension(source)}.part");
                File.Copy(source, partial);
                File.Move(partial, partial[..^".part".Length]);
                dropped++;
            }

            await Delay(TimeSpan.FromSeconds(20), stop);
        }

        return dropped;
    }

    private static int Moved(string inbox, string folder) =>
        Directory.Exists(Path.Combine(inbox, folder)) ? Directory.GetFiles(Path.Combine(inbox, folder), "drop-*", SearchOption.AllDirectories).Length : 0;

    private static async Task PostFormAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields)
    {
        fields.Add(new("__RequestVerificationToken", await TokenAsync(client, url)));
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
        }
    }

    private static async Task<string> TokenAsync(HttpClient client, string url) => Token(await client.GetStringAsync(new Uri(url, UriKind.Relative)));

    private static string Token(string html) => Field(html, "__RequestVerificationToken");

    private static string Field(string html, string name) =>
        Regex.Match(html, $"name=\"{name}\"[^>]*value=\"([^\"]+)\"") is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"no {name} field on the page");

    private async Task<int> CountArticlesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT COUNT(*) FROM Articles", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<(bool Whole, int Articles)> CheckStoreAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("PRAGMA integrity_check", connection);
        var whole = (string?)await command.ExecuteScalarAsync() == "ok";
        return (whole, await CountArticlesAsync());
    }

    /// <summary>Lines of the portal's log files at level error or fatal.</summary>
    /// <summary>The web log's lines that hold any of the markers, oldest first.</summary>
    private static List<string> LogLines(string logs, params string[] markers) =>
        !Directory.Exists(logs) ? [] :
        [.. Directory.GetFiles(logs, "web-*.log").Order(StringComparer.Ordinal).SelectMany(ReadShared).Where(l => markers.Any(m => l.Contains(m, StringComparison.Ordinal)))];

    private static IEnumerable<string> ReadShared(string file)
    {
        using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static async Task Delay(TimeSpan wait, CancellationToken stop)
    {
        try
        {
            await Task.Delay(wait, stop);
        }
        catch (OperationCanceledException)
        {
        }
    }

    [GeneratedRegex("name=\"keep\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex KeepValues();

    [GeneratedRegex(@"Imported (\d+),")]
    private static partial Regex ImportSummary();
}
