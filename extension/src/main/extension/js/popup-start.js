// Starts the popup compiled by TeaVM.
import { main } from "./popup.js";

main([]);
