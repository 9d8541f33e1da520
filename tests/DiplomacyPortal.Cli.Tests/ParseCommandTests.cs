using System.Text;
using System.Text.Json;
using DiplomacyPortal.Cli.Commands;

namespace DiplomacyPortal.Cli.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parse-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await DiplomacyCommand.RunAsync(["parse", .. args], CliConsole.OfStrings(output, error));
        return (exitCode, output.ToString(), error.ToString());
    }

    private static List<JsonElement> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public async Task Json_output_is_one_object_per_file_in_input_order_with_the_documented_keys()
    {
        var (exitCode, output, _) = await RunAsync(["--json", .. Seeds.Paths.Reverse()]);

        Assert.Equal(0, exitCode);
        var lines = Lines(output);
        Assert.Equal(Seeds.Paths.Reverse(), lines.Select(l => l.GetProperty("file").GetString()));
        string[] keys = ["file", "headline", "lead", "publishedAt", "dateline", "date", "images", "body", "endMarker", "author", "related", "seeAlso", "countries", "pair", "officials", "meetingType", "chrome", "warnings"];
        foreach (var line in lines)
        {
            Assert.All(keys, key => Assert.True(line.TryGetProperty(key, out _), $"missing key {key}"));
        }

        var seed004 = lines[0];
        Assert.Equal(JsonValueKind.Null, seed004.GetProperty("lead").ValueKind);
        Assert.Equal(["RU", "VN"], seed004.GetProperty("pair").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("month-day", seed004.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal(JsonValueKind.Null, seed004.GetProperty("date").GetProperty("year").ValueKind);
        Assert.Equal("河内", seed004.GetProperty("dateline").GetProperty("place").GetString());
        var lavrov = seed004.GetProperty("officials").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "拉夫罗夫");
        Assert.Equal(("RU", "Sergey Lavrov"), (lavrov.GetProperty("country").GetString(), lavrov.GetProperty("latinName").GetString()));
        Assert.Equal(JsonValueKind.Array, lavrov.GetProperty("otherForms").ValueKind);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_gives_an_error_object_the_rest_go_on_and_the_exit_code_is_non_zero()
    {
        var png = Path.Combine(_folder, "photo.txt");
        File.WriteAllBytes(png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var (exitCode, output, _) = await RunAsync("--json", Path.Combine(_folder, "missing.txt"), png, Seeds.Paths[0]);

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal(3, lines.Count);
        Assert.Equal("The file does not exist.", lines[0].GetProperty("error").GetString());
        Assert.Contains("PNG", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Without_json_it_prints_a_readable_summary()
    {
        var (exitCode, output, _) = await RunAsync(Seeds.Paths[1]);

        Assert.Equal(0, exitCode);
        Assert.Contains("headline: 越中两国外交部长举行会谈", output, StringComparison.Ordinal);
        Assert.Contains("4月1日, year unknown", output, StringComparison.Ordinal);
        Assert.Contains("official: 王毅 (CN, 国务委员兼外交部长)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_counts_fields_warnings_by_kind_and_the_officials_the_gazetteer_does_not_know()
    {
        var broken = Path.Combine(_folder, "photo.txt");
        File.WriteAllBytes(broken, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var sentence = Path.Combine(_folder, "sentence.txt");
        File.WriteAllText(sentence, "6月9日,越南外交部长与泰国外长玛里·努恩通电话。\n双方同意加强合作。\n");

        var (exitCode, output, _) = await RunAsync(["--report", .. Seeds.Paths, sentence, broken]);

        Assert.Equal(1, exitCode);
        Assert.Contains("7 file(s): 6 read, 1 could not be read.", output, StringComparison.Ordinal);
        Assert.Contains($"{broken}:", output, StringComparison.Ordinal);
        Assert.Matches(@"headline\s+5 of 6\s+83\.3%", output);
        Assert.Matches(@"pair\s+6 of 6\s+100\.0%", output);
        Assert.Matches(@"month-day\s+3 of 6", output);
        Assert.Matches(@"1\s+No headline found\.\n\s+e\.g\. .*sentence\.txt", output);
        Assert.Matches(@"1\s+玛里·努恩 \(TH\)", output);
        Assert.DoesNotContain("王毅 (CN)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_and_report_together_are_a_usage_error()
    {
        var (exitCode, _, error) = await RunAsync("--json", "--report", Seeds.Paths[0]);

        Assert.Equal(2, exitCode);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_files_or_an_unknown_option_is_a_usage_error()
    {
        Assert.Equal(2, (await RunAsync()).ExitCode);
        var (exitCode, _, error) = await RunAsync("--yaml", "x.txt");
        Assert.Equal(2, exitCode);
        Assert.Contains("Unrecognized option '--yaml'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handles_ten_thousand_files_in_one_call()
    {
        var seed = File.ReadAllBytes(Seeds.Paths[3]);
        var files = Enumerable.Range(0, 10_000).Select(i => Path.Combine(_folder, $"{i:D5}.txt")).ToList();
        foreach (var file in files)
        {
            File.WriteAllBytes(file, seed);
        }

        var (exitCode, output, _) = await RunAsync(["--json", .. files]);

        Assert.Equal(0, exitCode);
        var count = 0;
        foreach (var line in output.AsSpan().EnumerateLines())
        {
            if (!line.IsEmpty)
            {
                count++;
            }
        }

        Assert.Equal(10_000, count);
        Assert.EndsWith("09999.txt", Lines(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).Single().GetProperty("file").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_is_read_recursively_in_name_order()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "b"));
        File.Copy(Seeds.Paths[0], Path.Combine(_folder, "b", "2.txt"));
        File.Copy(Seeds.Paths[1], Path.Combine(_folder, "1.txt"));

        var (_, output, _) = await RunAsync("--json", _folder);

        Assert.Equal(["1.txt", "2.txt"], Lines(output).Select(l => Path.GetFileName(l.GetProperty("file").GetString())));
    }
}
