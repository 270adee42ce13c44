/**
 * Help requests (帮扶申请): an enterprise asks its bureau for assistance (or for a correction of its
 * record); the request lands with the officers of the enterprise's unit, who accept it and visit, or
 * decline it with a reason, and the enterprise sees where it stands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistance")
package org.wanqi.assistance;
