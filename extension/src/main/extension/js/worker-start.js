// Starts the service worker compiled by TeaVM.
import { main } from "./worker.js";

main([]);
