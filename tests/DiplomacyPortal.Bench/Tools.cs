using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyPortal.Bench;

/// <summary>The outside programs the benchmark runs, and what it reads from them.</summary>
internal static partial class Tools
{
    /// <summary>Whether a command is on the PATH; the benchmark names the Debian package to install if not.</summary>
    public static bool Has(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, command)));

    /// <summary>Runs a program to its end; its exit code, standard output and wall time. Standard error is passed through.</summary>
    public static async Task<(int ExitCode, string Output, TimeSpan Elapsed, long PeakRssBytes)> RunAsync(string program, IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null, string? standardInputFile = null)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardInput = standardInputFile is not null, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        if (standardInputFile is not null)
        {
            await using (var input = File.OpenRead(standardInputFile))
            {
                await input.CopyToAsync(process.StandardInput.BaseStream);
            }

            process.StandardInput.Close();
        }

        var peak = WatchPeakRss(process);
        await process.WaitForExitAsync();
        watch.Stop();
        return (process.ExitCode, await output, watch.Elapsed, await peak);
    }

    /// <summary>
    /// The highest resident set size a process reaches (VmHWM, which the kernel keeps as a running maximum),
    /// read until it exits.
    /// </summary>
    public static async Task<long> WatchPeakRss(Process process)
    {
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakRss(process.Id));
            await Task.Delay(100);
        }

        return peak;
    }

    /// <summary>VmHWM of a running process, in bytes; 0 once it is gone.</summary>
    public static long PeakRss(int processId) => Status(processId, "VmHWM:");

    /// <summary>VmRSS of a running process, its resident memory now, in bytes; 0 once it is gone.</summary>
    public static long Rss(int processId) => Status(processId, "VmRSS:");

    /// <summary>RssAnon of a running process: its resident memory that is not a mapped file, in bytes; 0 once it is gone.</summary>
    public static long AnonymousRss(int processId) => Status(processId, "RssAnon:");

    private static long Status(int processId, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>What wrk reports: latency median and 99th percentile (ms) and requests per second.</summary>
    public sealed record Load(double MedianMs, double P99Ms, double RequestsPerSecond, int Errors, long Requests = 0, int SocketErrors = 0);

    /// <summary>
    /// Loads a URL with wrk: 8 connections on 2 threads for a bounded time, latency distribution on; with a
    /// <paramref name="script"/>, the script chooses each request's path.
    /// </summary>
    public static async Task<Load> WrkAsync(string url, int seconds, string? script = null)
    {
        var (_, output, _, _) = await RunAsync("wrk", ["-t2", "-c8", $"-d{seconds}s", "--latency", .. script is null ? Array.Empty<string>() : ["-s", script], url]);
        double Latency(string percentile)
        {
            var match = Regex.Match(output, $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            return !match.Success ? double.NaN : double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * match.Groups[2].Value switch { "us" => 0.001, "s" => 1000, _ => 1 };
        }

        var rate = RequestsPerSecond().Match(output);
        var errors = Non2xx().Match(output);
        var requests = RequestCount().Match(output);
        var socket = SocketErrors().Match(output);
        return new Load(Latency("50"), Latency("99"), rate.Success ? double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN,
            errors.Success ? int.Parse(errors.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            requests.Success ? long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socket.Success ? socket.Groups.Values.Skip(1).Sum(g => int.Parse(g.Value, CultureInfo.InvariantCulture)) : 0);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    public static string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "F0") => value.ToString(format, CultureInfo.InvariantCulture);
}
