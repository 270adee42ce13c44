package org.wanqi.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Something a module puts into the shell's header for the signed-in user (the risk bell). Beans of
 * this type are added in their {@code @Order}; empty means nothing for this user.
 */
public interface HeaderItem {

    Optional<Component> create();
}
