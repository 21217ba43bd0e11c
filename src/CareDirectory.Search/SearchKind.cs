namespace CareDirectory.Search;

/// <summary>The kind of directory record a search document stands for.</summary>
public enum SearchKind
{
    Partner,
    Program,
    Meeting,
    EducatorResource,
}
