namespace CareDirectory.GraphQL.Filtering;

/// <summary>How a filterable field is compared.</summary>
public enum FilterKind
{
    /// <summary>A single value: string, number, boolean, date or enum.</summary>
    Scalar,

    /// <summary>A list of scalars (roles, audiences, topics): some/all/none/any with a scalar condition.</summary>
    ScalarList,

    /// <summary>A nested object (eligibility, cost): its own filter input.</summary>
    Object,

    /// <summary>A record's global id, compared as the id it wraps (<c>IdOperationFilterInput</c>).</summary>
    Id,

    /// <summary>A list of objects (service types, service areas): some/all/none/any with an object condition.</summary>
    ObjectList,
}
