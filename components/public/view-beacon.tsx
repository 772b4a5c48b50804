/**
 * Counts one view of the story for "most read": a few bytes of inline script, the story page's
 * only one (the server strips Next's client runtime from the reading pages it keeps, and keeps
 * scripts marked data-keep). sendBeacon does not hold up the page and survives the reader leaving it.
 */
export function ViewBeacon({ storyId }: { storyId: number }) {
  // storyId is an integer from the database: nothing a reader wrote reaches this script.
  const script = `(function(){var b=JSON.stringify({storyId:${Math.trunc(storyId)}});if(!(navigator.sendBeacon&&navigator.sendBeacon("/api/views",b)))fetch("/api/views",{method:"POST",body:b,keepalive:true}).catch(function(){})})()`;
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: script }} />;
}
