namespace DiplomacyPortal.Core.Extraction;

/// <summary>The part of an article a text comes from; extractors trust the headline most and the body least.</summary>
public enum ArticlePart
{
    Headline,
    Lead,
    Caption,
    Body,
}

/// <summary>A piece of an article's text and where it stands.</summary>
public sealed record ArticleText(ArticlePart Part, string Text);
