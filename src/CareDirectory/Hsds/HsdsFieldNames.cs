using System.Text;

namespace CareDirectory.Hsds;

/// <summary>
/// The HSDS field a record field comes from, for problem paths: <c>eligibility.minimumAge</c> is a service's
/// <c>minimum_age</c>, <c>website</c> a service's <c>url</c>, <c>serviceAreas[0].code</c> <c>service_areas[0].code</c>,
/// <c>serviceTypes</c> a service's <c>attributes</c>.
/// </summary>
internal static class HsdsFieldNames
{
    public static string Of(string field, HsdsRecordKind kind)
    {
        if (kind == HsdsRecordKind.Service && field == "website")
        {
            return "url";
        }

        // A service's types are the taxonomy terms of its attributes.
        if (field == "serviceTypes")
        {
            return "attributes";
        }

        var withoutGroup = field.StartsWith("eligibility.", StringComparison.Ordinal) ? field["eligibility.".Length..] : field;
        var snake = new StringBuilder(withoutGroup.Length + 8);
        foreach (var c in withoutGroup)
        {
            snake.Append(char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString());
        }

        return snake.ToString();
    }
}
