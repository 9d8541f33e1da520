namespace DiplomacyPortal.Web;

/// <summary>
/// The marker type of the interface texts in Resources/SharedResource.*.resx. The keys are the Chinese
/// texts themselves, the default language; the English file translates them.
/// </summary>
public sealed class SharedResource;
