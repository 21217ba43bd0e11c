namespace CareDirectory.Domain;

/// <summary>The public name of each entity type (the GraphQL type name), used in ids and the change log.</summary>
public static class EntityTypeNames
{
    public static string Of(Entity entity) => Of(entity.GetType());

    /// <summary>The GraphQL type name of an entity type: its class name, but Program for <see cref="CareProgram"/>.</summary>
    public static string Of(Type entityType) => entityType == typeof(CareProgram) ? "Program" : entityType.Name;
}
