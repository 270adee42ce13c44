/**
 * The enterprise portal: what an enterprise's own users see of the programme — their open risks and
 * deadlines, the bureau's advice, their record, and the knowledge that applies to them. It adds no
 * data of its own; every read goes through the owning module's service, scoped to the user's
 * enterprise there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.wanqi.portal;
