using DiplomacyPortal.Core.Reading;

namespace DiplomacyPortal.Core.Tests.Support;

/// <summary>Reads the sample articles (seeds/) and the test's own fixtures (Fixtures/) from the output folder.</summary>
public static class Fixtures
{
    public const string Seed000 = "seeds/000_985b230e63146fb6.txt";
    public const string Seed001 = "seeds/001_e6b6449861571e91.txt";
    public const string Seed002 = "seeds/002_061585ea926fb11c.txt";
    public const string Seed003 = "seeds/003_202931ea57802a20.txt";
    public const string Seed004 = "seeds/004_1b044e40410c8b99.txt";

    public static string[] Seeds => [Seed000, Seed001, Seed002, Seed003, Seed004];

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static ArticleReadResult Read(string relative) => ArticleFileReader.Default.Read(Bytes(relative), relative);

    /// <summary>Every text article: the seeds, Fixtures/*.txt and the real layouts in Fixtures/Real/*.txt.</summary>
    public static IEnumerable<string> AllTextArticles() =>
        Seeds.Concat(Directory.EnumerateFiles(PathOf("Fixtures"), "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(AppContext.BaseDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    public static TheoryData<string> AllTextArticlesData()
    {
        var data = new TheoryData<string>();
        foreach (var file in AllTextArticles())
        {
            data.Add(file);
        }

        return data;
    }
}
