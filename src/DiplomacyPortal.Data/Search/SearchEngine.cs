using System.Data;
using System.Globalization;
using System.Text;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Search;

/// <summary>
/// How one database engine stores the index and matches a query. Both engines index the same tokens, computed
/// in C# (<see cref="SearchDocument"/>), and match the same terms (<see cref="SearchQuery"/>), so a query finds
/// the same articles on SQLite and on PostgreSQL; only the ranking formula differs
/// (docs/decisions/0003-search-tokens-computed-in-csharp.md).
/// </summary>
internal abstract class SearchEngine
{
    public static readonly SearchEngine Fts5 = new Fts5Engine();
    public static readonly SearchEngine Postgres = new PostgresEngine();

    public static SearchEngine For(PortalDbContext db) => StoreDialect.For(db).Search;

    /// <summary>The query in the engine's language; null when it holds nothing searchable.</summary>
    public string? Match(string? query) => SearchQuery.Parse(query) is { Count: > 0 } terms ? Render(terms) : null;

    protected abstract string Render(IReadOnlyList<SearchTerm> terms);

    /// <summary>Ids of the matches, as a column named Value (the shape EF Core's SqlQuery reads).</summary>
    public abstract FormattableString Ids(string match);

    /// <summary>
    /// Ids of the hidden articles that match. Written for the engine rather than composed by EF Core: given the
    /// hidden ids as a constraint on its rowid, FTS5 looks up those few, where a composed subquery read every match.
    /// </summary>
    public abstract FormattableString HiddenIds(string match);

    /// <summary>How many match, counting no further than <paramref name="limit"/> (the engine stops reading there).</summary>
    public abstract FormattableString CountUpTo(string match, int limit);

    public abstract FormattableString NewestFirst(string match, int skip, int take);

    /// <summary>Best first; a headline match weighs more than a body match.</summary>
    public abstract FormattableString Ranked(string match, int skip, int take);

    public abstract FormattableString Delete(int articleId);

    public abstract string DeleteAll { get; }

    /// <summary>One row if the index holds any (for an index a migration recreated empty).</summary>
    public abstract FormattableString AnyRow { get; }

    /// <summary>How many rows the index holds, as a 64-bit Value.</summary>
    public abstract FormattableString RowCount { get; }

    /// <summary>A prepared insert of one article's row; values from <see cref="RowValues"/>.</summary>
    public abstract PreparedCommand PrepareInsert(PortalDbContext db);

    public abstract object[] RowValues(int articleId, SearchDocument document, string latinWords);

    /// <summary>SQLite: an FTS5 table with a column per field, tokens split on the spaces C# put between them.</summary>
    private sealed class Fts5Engine : SearchEngine
    {
        protected override string Render(IReadOnlyList<SearchTerm> terms) => string.Join(" AND ", terms.Select(t => t.Field switch
        {
            SearchField.Unigrams => $"{{head_uni body_uni}} : \"{string.Join(' ', t.Tokens)}\"",
            SearchField.Bigrams => $"{{head_bi body_bi}} : \"{string.Join(' ', t.Tokens)}\"",
            _ => $"latin : \"{string.Join(' ', t.Tokens)}\"",
        }));

        public override FormattableString Ids(string match) => $"SELECT rowid AS \"Value\" FROM ArticleSearch WHERE ArticleSearch MATCH {match}";

        public override FormattableString HiddenIds(string match) =>
            $"SELECT rowid AS \"Value\" FROM ArticleSearch WHERE ArticleSearch MATCH {match} AND rowid IN (SELECT \"Id\" FROM \"Articles\" WHERE \"IsHidden\")";

        public override FormattableString CountUpTo(string match, int limit) =>
            $"SELECT count(*) AS \"Value\" FROM (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {match} LIMIT {limit})";

        // FTS5 reads its matches in rowid order, so newest first needs no sort of the matches.
        public override FormattableString NewestFirst(string match, int skip, int take) =>
            $"SELECT rowid AS \"Value\" FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY rowid DESC LIMIT {take} OFFSET {skip}";

        public override FormattableString Ranked(string match, int skip, int take) =>
            $"SELECT rowid AS \"Value\" FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY bm25(ArticleSearch, 4.0, 1.0, 4.0, 1.0, 2.0) LIMIT {take} OFFSET {skip}";

        public override FormattableString Delete(int articleId) => $"DELETE FROM ArticleSearch WHERE rowid = {articleId}";

        public override string DeleteAll => "DELETE FROM ArticleSearch";

        public override FormattableString AnyRow => $"SELECT 1 AS \"Value\" FROM ArticleSearch_docsize LIMIT 1";

        public override FormattableString RowCount => $"SELECT count(*) AS \"Value\" FROM ArticleSearch";

        public override PreparedCommand PrepareInsert(PortalDbContext db) => new(db,
            "INSERT INTO ArticleSearch(rowid, head_bi, body_bi, head_uni, body_uni, latin) VALUES (@id, @hb, @bb, @hu, @bu, @l)",
            ("@id", DbType.Int32), ("@hb", DbType.String), ("@bb", DbType.String), ("@hu", DbType.String), ("@bu", DbType.String), ("@l", DbType.String));

        public override object[] RowValues(int articleId, SearchDocument document, string latinWords) =>
            [articleId, document.HeadBigrams, document.BodyBigrams, document.HeadUnigrams, document.BodyUnigrams, latinWords];
    }

    /// <summary>
    /// PostgreSQL: a tsvector per article with a GIN index. The vector is written as a literal with positions,
    /// not by to_tsvector, so no text-search parser or locale decides what a token is: the tokens are exactly
    /// SQLite's. Fields are told apart by weight (A headline and lead, B body, C Latin words); bigrams, single
    /// characters and Latin words never look alike, so a term only ever matches its own field's tokens.
    /// </summary>
    private sealed class PostgresEngine : SearchEngine
    {
        /// <summary>Positions left empty between fields, so that no phrase runs from one into the next.</summary>
        private const int FieldGap = 10;

        /// <summary>PostgreSQL's highest position; later tokens share it (they still match, not as phrases).</summary>
        private const int MaxPosition = 16383;

        protected override string Render(IReadOnlyList<SearchTerm> terms) =>
            string.Join(" & ", terms.Select(t => t.Tokens.Count == 1 ? Lexeme(t.Tokens[0]) : $"({string.Join(" <-> ", t.Tokens.Select(Lexeme))})"));

        public override FormattableString Ids(string match) => $"SELECT \"ArticleId\" AS \"Value\" FROM \"ArticleSearch\" WHERE \"Document\" @@ {match}::tsquery";

        public override FormattableString HiddenIds(string match) =>
            $"SELECT \"ArticleId\" AS \"Value\" FROM \"ArticleSearch\" WHERE \"Document\" @@ {match}::tsquery AND \"ArticleId\" IN (SELECT \"Id\" FROM \"Articles\" WHERE \"IsHidden\")";

        public override FormattableString CountUpTo(string match, int limit) =>
            $"SELECT count(*)::int AS \"Value\" FROM (SELECT 1 FROM \"ArticleSearch\" WHERE \"Document\" @@ {match}::tsquery LIMIT {limit}) AS \"Matches\"";

        public override FormattableString NewestFirst(string match, int skip, int take) =>
            $"SELECT \"ArticleId\" AS \"Value\" FROM \"ArticleSearch\" WHERE \"Document\" @@ {match}::tsquery ORDER BY \"ArticleId\" DESC LIMIT {take} OFFSET {skip}";

        // Weights {D, C, B, A}: headline 1, Latin words 0.5, body 0.25, as FTS5's bm25 weights 4 : 2 : 1.
        public override FormattableString Ranked(string match, int skip, int take) =>
            $"SELECT \"ArticleId\" AS \"Value\" FROM \"ArticleSearch\" WHERE \"Document\" @@ {match}::tsquery ORDER BY ts_rank('{{0.1, 0.5, 0.25, 1.0}}', \"Document\", {match}::tsquery) DESC, \"ArticleId\" DESC LIMIT {take} OFFSET {skip}";

        public override FormattableString Delete(int articleId) => $"DELETE FROM \"ArticleSearch\" WHERE \"ArticleId\" = {articleId}";

        public override string DeleteAll => "DELETE FROM \"ArticleSearch\"";

        public override FormattableString AnyRow => $"SELECT 1 AS \"Value\" FROM \"ArticleSearch\" LIMIT 1";

        public override FormattableString RowCount => $"SELECT count(*) AS \"Value\" FROM \"ArticleSearch\"";

        public override PreparedCommand PrepareInsert(PortalDbContext db) => new(db,
            "INSERT INTO \"ArticleSearch\" (\"ArticleId\", \"Document\") VALUES (@id, @document::tsvector)",
            ("@id", DbType.Int32), ("@document", DbType.String));

        public override object[] RowValues(int articleId, SearchDocument document, string latinWords)
        {
            var vector = new StringBuilder();
            var position = 1;
            foreach (var (tokens, weight) in new[] { (document.HeadBigrams, 'A'), (document.HeadUnigrams, 'A'), (document.BodyBigrams, 'B'), (document.BodyUnigrams, 'B'), (latinWords, 'C') })
            {
                foreach (var token in tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t != "|"))
                {
                    vector.Append(Lexeme(token)).Append(':').Append(Math.Min(position++, MaxPosition).ToString(CultureInfo.InvariantCulture)).Append(weight).Append(' ');
                }

                position += FieldGap;
            }

            return [articleId, vector.ToString()];
        }

        /// <summary>A token quoted for tsvector and tsquery literals.</summary>
        private static string Lexeme(string token) => $"'{token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}'";
    }
}
