namespace DiplomacyPortal.Web.Pages.Editor;

/// <summary>Why an upload page shows a warning instead of results.</summary>
public enum UploadNotice
{
    /// <summary>The form was sent without files.</summary>
    NoFiles,

    /// <summary>The address form was sent without addresses.</summary>
    NoAddresses,

    /// <summary>The import form was sent with no file ticked.</summary>
    NoneKept,

    /// <summary>The staged upload was imported already or has expired.</summary>
    Expired,
}
