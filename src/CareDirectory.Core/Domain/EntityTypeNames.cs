namespace CareDirectory.Domain;

/// <summary>The public name of each entity type (the GraphQL type name), used in ids and the change log.</summary>
public static class EntityTypeNames
{
    public static string Of(Entity entity) => entity switch
    {
        State => "State",
        County => "County",
        Partner => "Partner",
        CareProgram => "Program",
        Meeting => "Meeting",
        EducatorResource => "EducatorResource",
        _ => entity.GetType().Name,
    };
}
