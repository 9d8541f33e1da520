using System.Text;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

/// <summary>One person, one official page: the short and the full form of a name, across articles and in any order.</summary>
public sealed class OfficialFormsTests
{
    private static Task<ImportResult> ImportAsync(TestStore store, string name, string text) =>
        store.Ingestor.ImportAsync(Encoding.UTF8.GetBytes(text), name, "test");

    [Fact]
    public async Task A_short_form_stored_first_becomes_the_full_name_when_an_article_writes_it_and_later_short_forms_link_to_it()
    {
        await using var store = await TestStore.CreateAsync();

        await ImportAsync(store, "short.txt", "越老两国议会加强合作\n\n越通社万象——9月1日,越南国会主席会见老挝国会副主席娜莉。(完)\n");
        await ImportAsync(store, "full.txt", "越老两国妇女加强交流\n\n越通社万象——9月2日,老挝国会副主席娜莉·赛雅冯会见越南妇女代表团。(完)\n");
        await ImportAsync(store, "short-again.txt", "越老议会合作\n\n越通社河内——9月3日,越南国会副主席会见老挝国会副主席娜莉。(完)\n");

        await using var db = store.NewContext();
        var official = await db.Officials.Include(o => o.Aliases).SingleAsync(o => o.Name.StartsWith("娜莉"));
        Assert.Equal("娜莉·赛雅冯", official.Name);
        Assert.Contains("娜莉", official.Aliases.Select(a => a.Alias));
        Assert.Equal(3, await db.Set<Entities.ArticleOfficial>().CountAsync(l => l.OfficialId == official.Id));
    }

    [Fact]
    public async Task A_full_form_stored_first_takes_the_articles_that_write_the_short_form()
    {
        await using var store = await TestStore.CreateAsync();

        await ImportAsync(store, "full.txt", "越柬加强合作\n\n越通社金边——6月1日,柬埔寨副首相宋·金萨会见越南代表团。(完)\n");
        await ImportAsync(store, "short.txt", "越柬合作\n\n越通社金边——6月2日,柬埔寨副首相金萨出席论坛。(完)\n");

        await using var db = store.NewContext();
        var official = await db.Officials.SingleAsync(o => o.Name.Contains("金萨"));
        Assert.Equal("宋·金萨", official.Name);
        Assert.Equal(2, await db.Set<Entities.ArticleOfficial>().CountAsync(l => l.OfficialId == official.Id));
    }
}
