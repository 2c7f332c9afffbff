namespace Graph.Ingest.Gazetteers;

/// <summary>How a surface form names its entities.</summary>
public enum FormKind
{
    Name,
    Alias,
    Demonym,
    /// <summary>A family name alone ("Tokayev"): links when exactly one known leader bears it.</summary>
    Surname,
    /// <summary>Title and family name ("President Aliyev"): links when exactly one bearer holds such an office at the document's date.</summary>
    TitledSurname,
}

/// <summary>A string that names one or more known entities in text.</summary>
public sealed record SurfaceForm(string Text, FormKind Kind, IReadOnlyList<KnownEntity> Targets, bool IgnoreCase = false, string? Title = null);
