using System.Text;
using Graph.Core.Model;

namespace Graph.GraphQL.Translation;

/// <summary>Relay-style global ids: base64 of "Label:id".</summary>
internal static class GlobalId
{
    public static string Encode(string typeAndId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(typeAndId));

    /// <summary>Decodes and checks the label against the model; a malformed id is a user error.</summary>
    public static (string Label, string Id) Decode(KnowledgeModel model, string globalId, FieldRequest field)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
        }
        catch (FormatException)
        {
            throw new TranslationException("BAD_USER_INPUT", $"'{globalId}' is not a global id (base64 of \"Label:id\").", field);
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || model.Entity(text[..colon]) is null)
        {
            throw new TranslationException("BAD_USER_INPUT", $"'{globalId}' is not a global id of a known entity type.", field);
        }
        return (text[..colon], text[(colon + 1)..]);
    }
}
