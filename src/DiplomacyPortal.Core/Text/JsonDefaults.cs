using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyPortal.Core.Text;

/// <summary>The one JSON style of the project: camelCase, enums as kebab-case strings, Chinese left readable.</summary>
public static class JsonDefaults
{
    /// <summary>Options for reading data files and writing output.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Output is JSON for files and terminals, never embedded in HTML, so Chinese stays unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
