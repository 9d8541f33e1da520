namespace DiplomacyPortal.Data.Accounts;

/// <summary>
/// What an account may do. A reader sees what anonymous visitors see; an editor also uploads and corrects; an
/// admin also manages accounts and restores hidden articles. Written in lower case where people type or read it
/// (the command line, the admin page's forms): reader, editor, admin.
/// </summary>
public enum AccountKind
{
    Reader,
    Editor,
    Admin,
}
