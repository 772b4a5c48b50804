// The view beacon's script, one text for every story (the story's id travels in a data attribute),
// so the reading pages' Content-Security-Policy can allow exactly it by its hash. It also shows
// and wires the story's print button (hidden without script, where the button could do nothing):
// the reading pages keep no other script.
import { createHash } from "node:crypto";

export const viewBeaconScript =
  '(function(){var s=document.currentScript,b=JSON.stringify({storyId:Number(s&&s.getAttribute("data-story"))});if(!(navigator.sendBeacon&&navigator.sendBeacon("/api/views",b)))fetch("/api/views",{method:"POST",body:b,keepalive:true}).catch(function(){});var p=document.querySelectorAll("[data-print]");for(var i=0;i<p.length;i++){p[i].hidden=false;p[i].addEventListener("click",function(){window.print()})}})()';

/** The CSP source that allows the beacon and no other inline script. */
export const viewBeaconSource = `'sha256-${createHash("sha256").update(viewBeaconScript).digest("base64")}'`;
