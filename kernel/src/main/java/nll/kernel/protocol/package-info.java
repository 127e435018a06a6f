/**
 * The kernel's side of the Jupyter wire protocol, in place of jjava-jupyter's channel loops: channels that survive
 * bad messages, stop_on_error, printed output coalesced and kept in order, and the session's history.
 */
package nll.kernel.protocol;
