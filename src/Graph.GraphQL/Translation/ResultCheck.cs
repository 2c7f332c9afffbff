namespace Graph.GraphQL.Translation;

/// <summary>
/// A condition the statement itself evaluates and the service turns into a GraphQL error: when a root value's map
/// carries <see cref="Key"/> = true (e.g. a neighbourhood cut at its size limit), the request fails with
/// <see cref="Code"/> and <see cref="Message"/> rather than answering with a silently truncated result.
/// </summary>
internal sealed record ResultCheck(string Key, string Code, string Message);
