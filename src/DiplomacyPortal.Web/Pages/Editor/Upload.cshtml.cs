using DiplomacyPortal.Data.Fetching;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Web.Middleware;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace DiplomacyPortal.Web.Pages.Editor;

/// <summary>Upload in two steps: the files are screened, kept and previewed; then the ones the editor keeps ticked are imported.</summary>
[RequestSizeLimit(UploadRequestGuard.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadRequestGuard.MaxRequestBytes, ValueCountLimit = 10_000)]
public sealed class UploadModel(UploadStaging staging, WebImporter web) : PageModel
{
    public Guid? Batch { get; private set; }

    public IReadOnlyList<UploadPreview> Previews { get; private set; } = [];

    public IReadOnlyList<RefusedFile> Refused { get; private set; } = [];

    public IReadOnlyList<ImportResult>? Results { get; private set; }

    public UploadNotice? Notice { get; private set; }

    private string Editor => User.Identity!.Name!;

    public void OnGet()
    {
    }

    /// <summary>Step 1: screen, keep and preview the files.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var form = await Request.ReadFormAsync(cancellationToken);
        if (form.Files.Count == 0)
        {
            Notice = UploadNotice.NoFiles;
            return Page();
        }

        var refused = new List<RefusedFile>();
        var accepted = UploadScreening.Screen(form.Files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)), UploadLimits.Default, refused);
        Batch = await staging.StageAsync(accepted, Editor, cancellationToken);
        Refused = refused;
        if (Batch is { } batch)
        {
            Previews = await staging.PreviewAsync(batch, Editor, cancellationToken);
        }

        return Page();
    }

    /// <summary>Step 1 for addresses: fetch the article pages (one address a line), keep and preview them like files.</summary>
    public async Task<IActionResult> OnPostPreviewAddressesAsync(string? addresses, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(addresses))
        {
            Notice = UploadNotice.NoAddresses;
            return Page();
        }

        var (fetched, refused) = await web.FetchPastedForPreviewAsync(addresses, cancellationToken);
        Refused = refused;
        Batch = await staging.StageAsync(fetched, Editor, cancellationToken);
        if (Batch is { } batch)
        {
            Previews = await staging.PreviewAsync(batch, Editor, cancellationToken);
        }

        return Page();
    }

    /// <summary>Step 2: import the files kept ticked.</summary>
    public async Task<IActionResult> OnPostImportAsync(Guid batch, int[] keep, CancellationToken cancellationToken)
    {
        Results = await staging.ImportAsync(batch, Editor, keep ?? [], cancellationToken);
        if (Results.Count == 0)
        {
            Notice = keep is { Length: > 0 } ? UploadNotice.Expired : UploadNotice.NoneKept;
        }

        return Page();
    }
}
