using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareDirectory.Data;

/// <summary>
/// The JSON column of an owned navigation mapped with <c>ToJson()</c>, written as EF Core's update pipeline writes it
/// (<c>ModificationCommand.WriteJson</c> in EF Core 10): the owned type's properties in model order without its keys,
/// each through the property's own <see cref="Microsoft.EntityFrameworkCore.Storage.Json.JsonValueReaderWriter"/>,
/// then its owned navigations; a null navigation is a NULL column, an empty collection <c>[]</c>.
/// Rows written through <see cref="NewEntityInserts"/> must read back exactly as rows EF Core wrote (a test compares them).
/// </summary>
internal static class OwnedJsonDocument
{
    /// <summary>The column's text for <paramref name="navigation"/>'s value on <paramref name="owner"/>, or null.</summary>
    public static string? Of(INavigation navigation, object owner)
    {
        var value = navigation.GetGetter().GetClrValue(owner);
        if (value is null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            Write(writer, value, navigation);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object? value, INavigation navigation)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (navigation.IsCollection)
        {
            writer.WriteStartArray();
            foreach (var element in (IEnumerable)value)
            {
                WriteObject(writer, element, navigation.TargetEntityType);
            }

            writer.WriteEndArray();
        }
        else
        {
            WriteObject(writer, value, navigation.TargetEntityType);
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, object? value, IEntityType type)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var property in type.GetProperties())
        {
            // Keys of JSON-owned types are the owner's key and the ordinal in a collection: never in the document.
            if (property.IsKey())
            {
                continue;
            }

            writer.WritePropertyName(property.GetJsonPropertyName()!);
            var propertyValue = property.GetGetter().GetClrValue(value);
            if (propertyValue is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                var readerWriter = property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter
                    ?? throw new NotSupportedException($"{type.DisplayName()}.{property.Name} has no JSON reader/writer");
                readerWriter.ToJson(writer, propertyValue);
            }
        }

        if (type.GetComplexProperties().Any())
        {
            throw new NotSupportedException($"{type.DisplayName()} has complex properties, which {nameof(NewEntityInserts)} does not write");
        }

        foreach (var navigation in type.GetNavigations().Where(n => !n.IsOnDependent))
        {
            writer.WritePropertyName(navigation.TargetEntityType.GetJsonPropertyName()!);
            Write(writer, navigation.GetGetter().GetClrValue(value), navigation);
        }

        writer.WriteEndObject();
    }
}
