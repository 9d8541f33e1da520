using System.Text;

namespace DiplomacyPortal.Web.Api;

/// <summary>
/// RFC 4180 CSV to a stream in UTF-8 with a byte order mark, which spreadsheet programs need to show Chinese;
/// a field is quoted when it holds a comma, a quote or a line break. A field that a spreadsheet would run as a
/// formula — one starting with =, +, -, @, a tab or a carriage return — is written with a ' before it (OWASP's
/// rule against CSV injection: article text is anyone's), unless it is only digits and date punctuation (a
/// number, the dataset's --04-01 dates), where no formula can hide.
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

        if (field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumberOrDate(field))
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }

    private static bool IsNumberOrDate(string field) => field.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or '.' or ':');
}
