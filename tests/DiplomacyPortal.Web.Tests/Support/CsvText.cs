using System.Text;

namespace DiplomacyPortal.Web.Tests.Support;

/// <summary>Reads the portal's CSV downloads back: UTF-8 with a byte order mark, RFC 4180 quoting.</summary>
public static class CsvText
{
    /// <summary>A CSV body as rows of fields (quoted fields may hold commas).</summary>
    public static List<List<string>> Rows(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var rows = new List<List<string>>();
        var text = Encoding.UTF8.GetString(body.AsSpan(3));
        foreach (var line in text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = !quoted; }
                else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
                else { field.Append(c); }
            }

            fields.Add(field.ToString());
            rows.Add(fields);
        }

        return rows;
    }
}
