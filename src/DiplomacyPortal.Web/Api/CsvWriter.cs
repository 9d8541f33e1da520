using System.Text;

namespace DiplomacyPortal.Web.Api;

/// <summary>
/// RFC 4180 CSV to a stream in UTF-8 with a byte order mark, which spreadsheet programs need to show Chinese;
/// a field is quoted when it holds a comma, a quote or a line break.
/// </summary>
public sealed class CsvWriter(Stream output) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };

    public Task WriteRowAsync(IEnumerable<string?> fields) =>
        _writer.WriteLineAsync(string.Join(',', fields.Select(Escape)));

    public Task FlushAsync() => _writer.FlushAsync();

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
    }

    private static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
